import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/server.js';
import type { Runner } from '../../platform/usecase/runner.js';
import { IdParams } from '../../shared/contracts/common.js';
import {
  Commune, Lot, LotInput, Provider, ProviderInput, Site, SiteInput, Tender, TenderInput, Territory, TerritoryInput, User, UserInput, UserUpdate,
} from '../../shared/contracts/organisations.js';
import { LotSettingsPatch, SettingsPatch, SettingsView } from '../../shared/settings.js';
import { createTerritory, listCommunes, listTerritories, updateTerritory } from './use-cases/territories.js';
import { addSite, createProvider, listProviders, updateProvider } from './use-cases/providers.js';
import { addLot, createTender, listTenders, updateLot } from './use-cases/tenders.js';
import { createUser, listUsers, updateUser } from './use-cases/users.js';
import { getLotSettings, getSettings, updateLotSettings, updateSettings } from './use-cases/settings.js';

type Params = { id: string };

export function organisationsRoutes(app: FastifyInstance, run: Runner): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Organisation'];

  r.get('/api/communes', { schema: { tags, response: { 200: z.array(Commune) } } }, (req) => run(listCommunes, {}, actorOf(req)));

  r.get('/api/territories', { schema: { tags, response: { 200: z.array(Territory) } } }, (req) => run(listTerritories, {}, actorOf(req)));
  r.post('/api/territories', { schema: { tags, body: TerritoryInput, response: { 201: Territory } } }, async (req, reply) =>
    reply.code(201).send(await run(createTerritory, req.body, actorOf(req))));
  r.put('/api/territories/:id', { schema: { tags, params: IdParams, body: TerritoryInput, response: { 200: Territory } } }, (req) =>
    run(updateTerritory, { id: (req.params as Params).id, data: req.body }, actorOf(req)));

  r.get('/api/providers', { schema: { tags, response: { 200: z.array(Provider) } } }, (req) => run(listProviders, {}, actorOf(req)));
  r.post('/api/providers', { schema: { tags, body: ProviderInput, response: { 201: Provider } } }, async (req, reply) =>
    reply.code(201).send(await run(createProvider, req.body, actorOf(req))));
  r.put('/api/providers/:id', { schema: { tags, params: IdParams, body: ProviderInput, response: { 200: Provider } } }, (req) =>
    run(updateProvider, { id: (req.params as Params).id, data: req.body }, actorOf(req)));
  r.post('/api/providers/:id/sites', { schema: { tags, params: IdParams, body: SiteInput, response: { 201: Site } } }, async (req, reply) =>
    reply.code(201).send(await run(addSite, { id: (req.params as Params).id, data: req.body }, actorOf(req))));

  r.get('/api/tenders', { schema: { tags, response: { 200: z.array(Tender) } } }, (req) => run(listTenders, {}, actorOf(req)));
  r.post('/api/tenders', { schema: { tags, body: TenderInput, response: { 201: Tender } } }, async (req, reply) =>
    reply.code(201).send(await run(createTender, req.body, actorOf(req))));
  r.post('/api/tenders/:id/lots', { schema: { tags, params: IdParams, body: LotInput, response: { 201: Lot } } }, async (req, reply) =>
    reply.code(201).send(await run(addLot, { id: (req.params as Params).id, data: req.body }, actorOf(req))));
  r.put('/api/lots/:id', { schema: { tags, params: IdParams, body: LotInput, response: { 200: Lot } } }, (req) =>
    run(updateLot, { id: (req.params as Params).id, data: req.body }, actorOf(req)));

  r.get('/api/users', { schema: { tags: ['Utilisateurs'], response: { 200: z.array(User) } } }, (req) => run(listUsers, {}, actorOf(req)));
  r.post('/api/users', { schema: { tags: ['Utilisateurs'], body: UserInput, response: { 201: User } } }, async (req, reply) =>
    reply.code(201).send(await run(createUser, req.body, actorOf(req))));
  r.patch('/api/users/:id', { schema: { tags: ['Utilisateurs'], params: IdParams, body: UserUpdate, response: { 200: User } } }, (req) =>
    run(updateUser, { id: (req.params as Params).id, data: req.body }, actorOf(req)));

  const settingsTags = ['Paramètres'];
  r.get('/api/settings', { schema: { tags: settingsTags, response: { 200: SettingsView } } }, (req) => run(getSettings, {}, actorOf(req)));
  r.patch('/api/settings', { schema: { tags: settingsTags, body: SettingsPatch, response: { 200: SettingsView } } }, (req) =>
    run(updateSettings, req.body, actorOf(req)));
  r.get('/api/lots/:id/settings', { schema: { tags: settingsTags, params: IdParams, response: { 200: SettingsView } } }, (req) =>
    run(getLotSettings, { id: (req.params as Params).id }, actorOf(req)));
  r.patch('/api/lots/:id/settings', { schema: { tags: settingsTags, params: IdParams, body: LotSettingsPatch, response: { 200: SettingsView } } }, (req) =>
    run(updateLotSettings, { id: (req.params as Params).id, data: req.body }, actorOf(req)));
}
