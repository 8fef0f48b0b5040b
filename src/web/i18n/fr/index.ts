import { admin } from './admin.js';
import { app } from './app.js';
import { imports } from './imports.js';
import { pathway } from './pathway.js';
import { people } from './people.js';
import { person } from './person.js';

export const fr = { ...app, ...admin, ...people, person, pathway, imports };
