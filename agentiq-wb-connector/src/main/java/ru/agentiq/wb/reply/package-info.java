/** The WB implementation of core's {@link ru.agentiq.core.reply.ReplyDispatcher}. */
package ru.agentiq.wb.reply;
