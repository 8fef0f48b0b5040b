import { MessagesPage, type MessageView } from '../../shared/contracts/messages.js';
import type { MessageStatus } from '../../shared/messages.js';
import { api } from './client.js';

/** The outbox: reminders sent (or kept) for the people the PIP follows. */
export type MessageViewData = MessageView;

export const messagesApi = {
  list: (query: { status?: MessageStatus; page?: number; pageSize?: number } = {}) =>
    api.get('/messages', MessagesPage, { page: query.page ?? 1, pageSize: query.pageSize ?? 50, status: query.status }),
};
