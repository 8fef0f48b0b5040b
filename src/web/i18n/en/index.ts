import type { Messages } from '../index.js';
import { admin } from './admin.js';
import { app } from './app.js';

export const en: Messages = { ...app, ...admin };
