CREATE TABLE "beneficiaries" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"civility" text,
	"last_name" text NOT NULL,
	"birth_name" text,
	"first_names" text NOT NULL,
	"birth_date" date NOT NULL,
	"gender" text,
	"caf_number" text,
	"caf_organism" text,
	"france_travail_id" text,
	"phone" text,
	"email" text,
	"address_line" text,
	"postal_code" text,
	"commune_code" text,
	"no_fixed_address" boolean DEFAULT false NOT NULL,
	"household_key" text,
	"household_role" text,
	"rights_status" text,
	"rights_suspension_reason" text,
	"rights_closure_reason" text,
	"rights_closed_on" date,
	"duties_applicable" boolean,
	"duties_entry_date" date,
	"profile" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"pathway_status" text DEFAULT 'to_orient' NOT NULL,
	"orientation_kind" text,
	"oriented_on" date,
	"lot_id" uuid,
	"provider_id" uuid,
	"referent_id" uuid,
	"assigned_on" date,
	"first_contact_on" date,
	"last_contact_on" date,
	"contract_signed_on" date,
	"contract_ends_on" date,
	"next_objective_due_on" date,
	"exit_reason" text,
	"exit_category" text,
	"ended_on" date,
	"alerts" text[] DEFAULT '{}'::text[] NOT NULL,
	"alerts_computed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beneficiaries_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "beneficiaries_civility_ck" CHECK ("beneficiaries"."civility" in ('mme', 'm')),
	CONSTRAINT "beneficiaries_gender_ck" CHECK ("beneficiaries"."gender" in ('woman', 'man', 'non_binary')),
	CONSTRAINT "beneficiaries_organism_ck" CHECK ("beneficiaries"."caf_organism" in ('CAF', 'MSA')),
	CONSTRAINT "beneficiaries_household_role_ck" CHECK ("beneficiaries"."household_role" in ('applicant', 'partner', 'child', 'other')),
	CONSTRAINT "beneficiaries_rights_ck" CHECK ("beneficiaries"."rights_status" in ('awaiting', 'refused', 'open', 'suspended', 'closed')),
	CONSTRAINT "beneficiaries_pathway_ck" CHECK ("beneficiaries"."pathway_status" in ('to_orient', 'oriented_elsewhere', 'awaiting_assignment', 'waiting_first_contact', 'active', 'suspended', 'ended')),
	CONSTRAINT "beneficiaries_orientation_ck" CHECK ("beneficiaries"."orientation_kind" in ('professional', 'socio_professional', 'social')),
	CONSTRAINT "beneficiaries_exit_ck" CHECK ("beneficiaries"."exit_category" in ('sustainable_employment', 'transition_employment', 'qualifying_training', 'other')),
	CONSTRAINT "beneficiaries_alerts_ck" CHECK ("beneficiaries"."alerts" <@ array['orientation_overdue', 'first_contact_overdue', 'contract_overdue', 'no_recent_contact', 'contract_ending', 'objective_overdue']::text[]),
	CONSTRAINT "beneficiaries_postal_code_ck" CHECK ("beneficiaries"."postal_code" ~ '^[0-9]{5}$'),
	CONSTRAINT "beneficiaries_referent_has_provider_ck" CHECK ("beneficiaries"."referent_id" is null or "beneficiaries"."provider_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "beneficiary_versions" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" uuid,
	"source" text NOT NULL,
	"changes" jsonb NOT NULL,
	CONSTRAINT "beneficiary_versions_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "beneficiary_versions_source_ck" CHECK ("beneficiary_versions"."source" in ('manual', 'import', 'caf_flux'))
);
--> statement-breakpoint
CREATE TABLE "pathway_events" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"actor_user_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "pathway_events_department_id_id_pk" PRIMARY KEY("department_id","id")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"referent_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"assigned_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_department_id_id_pk" PRIMARY KEY("department_id","id")
);
--> statement-breakpoint
CREATE TABLE "orientations" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"decided_on" date NOT NULL,
	"reason" text NOT NULL,
	"lot_id" uuid,
	"provider_id" uuid,
	"over_capacity_reason" text,
	"decided_by" uuid NOT NULL,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orientations_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "orientations_kind_ck" CHECK ("orientations"."kind" in ('professional', 'socio_professional', 'social')),
	CONSTRAINT "orientations_professional_lot_ck" CHECK (("orientations"."kind" = 'professional') = ("orientations"."lot_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_department_id_commune_code_communes_department_id_insee_code_fk" FOREIGN KEY ("department_id","commune_code") REFERENCES "public"."communes"("department_id","insee_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_department_id_lot_id_lots_department_id_id_fk" FOREIGN KEY ("department_id","lot_id") REFERENCES "public"."lots"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_department_id_provider_id_providers_department_id_id_fk" FOREIGN KEY ("department_id","provider_id") REFERENCES "public"."providers"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_referent_id_users_id_fk" FOREIGN KEY ("referent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficiary_versions" ADD CONSTRAINT "beneficiary_versions_department_id_beneficiary_id_beneficiaries_department_id_id_fk" FOREIGN KEY ("department_id","beneficiary_id") REFERENCES "public"."beneficiaries"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_events" ADD CONSTRAINT "pathway_events_department_id_beneficiary_id_beneficiaries_department_id_id_fk" FOREIGN KEY ("department_id","beneficiary_id") REFERENCES "public"."beneficiaries"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_department_id_beneficiary_id_beneficiaries_department_id_id_fk" FOREIGN KEY ("department_id","beneficiary_id") REFERENCES "public"."beneficiaries"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_department_id_provider_id_providers_department_id_id_fk" FOREIGN KEY ("department_id","provider_id") REFERENCES "public"."providers"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_referent_id_users_id_fk" FOREIGN KEY ("referent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientations" ADD CONSTRAINT "orientations_department_id_beneficiary_id_beneficiaries_department_id_id_fk" FOREIGN KEY ("department_id","beneficiary_id") REFERENCES "public"."beneficiaries"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientations" ADD CONSTRAINT "orientations_department_id_lot_id_lots_department_id_id_fk" FOREIGN KEY ("department_id","lot_id") REFERENCES "public"."lots"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientations" ADD CONSTRAINT "orientations_department_id_provider_id_providers_department_id_id_fk" FOREIGN KEY ("department_id","provider_id") REFERENCES "public"."providers"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientations" ADD CONSTRAINT "orientations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "beneficiaries_caf_idx" ON "beneficiaries" USING btree ("department_id","caf_number","birth_date");--> statement-breakpoint
CREATE INDEX "beneficiaries_ft_idx" ON "beneficiaries" USING btree ("department_id","france_travail_id");--> statement-breakpoint
CREATE INDEX "beneficiaries_name_idx" ON "beneficiaries" USING btree ("department_id","last_name","birth_date");--> statement-breakpoint
CREATE INDEX "beneficiaries_referent_idx" ON "beneficiaries" USING btree ("department_id","referent_id","last_name");--> statement-breakpoint
CREATE INDEX "beneficiaries_provider_idx" ON "beneficiaries" USING btree ("department_id","provider_id","pathway_status");--> statement-breakpoint
CREATE INDEX "beneficiaries_status_idx" ON "beneficiaries" USING btree ("department_id","pathway_status","lot_id");--> statement-breakpoint
CREATE INDEX "beneficiary_versions_idx" ON "beneficiary_versions" USING btree ("department_id","beneficiary_id","version");--> statement-breakpoint
CREATE INDEX "pathway_events_idx" ON "pathway_events" USING btree ("department_id","beneficiary_id","occurred_at");--> statement-breakpoint
CREATE INDEX "assignments_referent_idx" ON "assignments" USING btree ("department_id","referent_id","ended_on");--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_active_uq" ON "assignments" USING btree ("department_id","beneficiary_id") WHERE ended_on is null;--> statement-breakpoint
CREATE INDEX "orientations_beneficiary_idx" ON "orientations" USING btree ("department_id","beneficiary_id","decided_on");--> statement-breakpoint
CREATE UNIQUE INDEX "orientations_current_uq" ON "orientations" USING btree ("department_id","beneficiary_id") WHERE ended_at is null;