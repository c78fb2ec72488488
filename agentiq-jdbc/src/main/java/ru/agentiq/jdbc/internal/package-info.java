/** Implementation helpers of the JDBC adapters. Not API: may change in any release. */
package ru.agentiq.jdbc.internal;
