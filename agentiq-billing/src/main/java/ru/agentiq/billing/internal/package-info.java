/** Implementation helpers shared by billing packages. Not API: may change in any release. */
package ru.agentiq.billing.internal;
