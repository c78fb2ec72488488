/** The WB Buyers-Chat API: the chat list, the event stream, sending messages and downloading attachments. */
package ru.agentiq.wb.chat;
