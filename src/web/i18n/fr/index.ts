import { admin } from './admin.js';
import { app } from './app.js';

export const fr = { ...app, ...admin };
