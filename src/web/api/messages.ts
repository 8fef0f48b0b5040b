import { MessagesPage, type MessageView } from '../../shared/contracts/messages.js';
import type { MessageStatus } from '../../shared/messages.js';
import { api } from './client.js';

/** The outbox: reminders sent (or kept) for the people the PIP follows. */
export type MessageViewData = MessageView;

export const messagesApi = {
  list: (query: { status?: MessageStatus; pageSize?: number } = {}) =>
    api.get('/messages', MessagesPage, { pageSize: query.pageSize ?? 100, status: query.status }),
};
