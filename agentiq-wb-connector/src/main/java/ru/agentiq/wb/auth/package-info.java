/** WB API tokens: parsing the JWT claims (type, scopes, expiry) without ever exposing the secret, and the credential port. */
package ru.agentiq.wb.auth;
