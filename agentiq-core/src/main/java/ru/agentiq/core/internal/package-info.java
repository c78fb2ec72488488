/** Implementation helpers shared by core packages. Not API: may change in any release. */
package ru.agentiq.core.internal;
