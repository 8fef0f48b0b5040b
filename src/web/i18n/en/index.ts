import type { Messages } from '../index.js';
import { admin } from './admin.js';
import { agenda } from './agenda.js';
import { app } from './app.js';
import { contacts } from './contacts.js';
import { contracts } from './contracts.js';
import { contractQueues } from './contract-queues.js';
import { imports } from './imports.js';
import { pathway } from './pathway.js';
import { proof } from './proof.js';
import { people } from './people.js';
import { person } from './person.js';
import { reference } from './reference.js';
import { workshops } from './workshops.js';
import { outbox } from './outbox.js';
import { aids } from './aids.js';
import { compliance } from './compliance.js';
import { exits } from './exits.js';
import { teamSessions } from './team-sessions.js';

export const en: Messages = {
  ...app,
  ...admin,
  ...people,
  person,
  pathway,
  imports,
  reference,
  contracts,
  contractQueues,
  contacts,
  workshops,
  proof,
  agenda,
  outbox,
  aids,
  compliance,
  exits,
  teamSessions,
  areas: {
    ...app.areas,
    reference: reference.area,
    contracts: contractQueues.area,
    contractValidation: contractQueues.validationArea,
    workshops: workshops.area,
    agenda: agenda.area,
    regularity: agenda.regularityArea,
    outbox: outbox.area,
    aids: aids.area,
    aidBudget: aids.budgetArea,
    aidCatalogue: aids.catalogueArea,
    breaches: compliance.area,
    teamSessions: teamSessions.area,
  },
};
