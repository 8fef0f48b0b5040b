CREATE TABLE "stored_files" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stored_files_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "stored_files_size_ck" CHECK ("stored_files"."size" = octet_length("stored_files"."content"))
);
--> statement-breakpoint
CREATE TABLE "contract_actions" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"objective_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"label" text NOT NULL,
	"organiser" text,
	"starts_on" date,
	"ends_on" date,
	"status" text DEFAULT 'planned' NOT NULL,
	CONSTRAINT "contract_actions_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "contract_actions_type_ck" CHECK ("contract_actions"."type" in ('training', 'immersion', 'workshop', 'job_applications', 'mobility', 'digital_inclusion', 'social_step', 'other')),
	CONSTRAINT "contract_actions_status_ck" CHECK ("contract_actions"."status" in ('planned', 'in_progress', 'done', 'cancelled')),
	CONSTRAINT "contract_actions_dates_ck" CHECK ("contract_actions"."ends_on" is null or "contract_actions"."starts_on" is null or "contract_actions"."ends_on" >= "contract_actions"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "contract_objectives" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"term" text NOT NULL,
	"domain" text NOT NULL,
	"reference_item_id" uuid,
	"wording" text NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"consent_on" date,
	"evaluation_comment" text,
	"evaluated_on" date,
	CONSTRAINT "contract_objectives_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "contract_objectives_term_ck" CHECK ("contract_objectives"."term" in ('short', 'medium', 'long')),
	CONSTRAINT "contract_objectives_domain_ck" CHECK ("contract_objectives"."domain" in ('employment', 'training', 'mobility', 'digital', 'labour_market', 'social_health', 'other')),
	CONSTRAINT "contract_objectives_status_ck" CHECK ("contract_objectives"."status" in ('planned', 'in_progress', 'achieved', 'partly_achieved', 'not_achieved', 'abandoned'))
);
--> statement-breakpoint
CREATE TABLE "contract_reviews" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"validated" boolean NOT NULL,
	"comment" text,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contract_reviews_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "contract_reviews_comment_ck" CHECK ("contract_reviews"."validated" or "contract_reviews"."comment" is not null)
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"nature" text NOT NULL,
	"version_number" integer NOT NULL,
	"previous_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"starts_on" date NOT NULL,
	"duration_months" integer NOT NULL,
	"ends_on" date NOT NULL,
	"target_jobs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"zone" text,
	"expected_salary" text,
	"contract_type_sought" text,
	"person_commitments" text DEFAULT '' NOT NULL,
	"organisation_commitments" text DEFAULT '' NOT NULL,
	"weekly_plan" jsonb,
	"person_signed_on" date,
	"referent_signed_on" date,
	"signature_mode" text,
	"signed_by" uuid,
	"scan_file_id" uuid,
	"submitted_at" timestamp with time zone,
	"ended_on" date,
	"closed_reason" text,
	"overall_result" text,
	"overall_assessment" text,
	"evaluated_on" date,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contracts_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "contracts_kind_ck" CHECK ("contracts"."kind" in ('cer', 'ce')),
	CONSTRAINT "contracts_nature_ck" CHECK ("contracts"."nature" in ('initial', 'renewal', 'amendment')),
	CONSTRAINT "contracts_status_ck" CHECK ("contracts"."status" in ('draft', 'signed', 'submitted', 'returned', 'validated', 'in_force', 'ended', 'evaluated', 'superseded', 'closed')),
	CONSTRAINT "contracts_signature_mode_ck" CHECK ("contracts"."signature_mode" in ('in_person', 'paper_scan')),
	CONSTRAINT "contracts_result_ck" CHECK ("contracts"."overall_result" in ('achieved', 'partly_achieved', 'not_achieved', 'abandoned')),
	CONSTRAINT "contracts_duration_ck" CHECK ("contracts"."duration_months" between 1 and 36),
	CONSTRAINT "contracts_dates_ck" CHECK ("contracts"."ends_on" >= "contracts"."starts_on"),
	CONSTRAINT "contracts_signed_ck" CHECK ("contracts"."status" in ('draft', 'closed') or ("contracts"."person_signed_on" is not null and "contracts"."referent_signed_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "beneficiaries" DROP CONSTRAINT "beneficiaries_alerts_ck";--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD COLUMN "current_contract_kind" text;--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD COLUMN "contract_awaiting_evaluation_since" date;--> statement-breakpoint
ALTER TABLE "contract_actions" ADD CONSTRAINT "contract_actions_department_id_objective_id_contract_objectives_department_id_id_fk" FOREIGN KEY ("department_id","objective_id") REFERENCES "public"."contract_objectives"("department_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_objectives" ADD CONSTRAINT "contract_objectives_department_id_contract_id_contracts_department_id_id_fk" FOREIGN KEY ("department_id","contract_id") REFERENCES "public"."contracts"("department_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_objectives" ADD CONSTRAINT "contract_objectives_department_id_reference_item_id_reference_items_department_id_id_fk" FOREIGN KEY ("department_id","reference_item_id") REFERENCES "public"."reference_items"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_reviews" ADD CONSTRAINT "contract_reviews_department_id_contract_id_contracts_department_id_id_fk" FOREIGN KEY ("department_id","contract_id") REFERENCES "public"."contracts"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_reviews" ADD CONSTRAINT "contract_reviews_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_department_id_beneficiary_id_beneficiaries_department_id_id_fk" FOREIGN KEY ("department_id","beneficiary_id") REFERENCES "public"."beneficiaries"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_department_id_provider_id_providers_department_id_id_fk" FOREIGN KEY ("department_id","provider_id") REFERENCES "public"."providers"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_department_id_previous_id_contracts_department_id_id_fk" FOREIGN KEY ("department_id","previous_id") REFERENCES "public"."contracts"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_department_id_scan_file_id_stored_files_department_id_id_fk" FOREIGN KEY ("department_id","scan_file_id") REFERENCES "public"."stored_files"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contract_actions_objective_idx" ON "contract_actions" USING btree ("department_id","objective_id","position");--> statement-breakpoint
CREATE INDEX "contract_objectives_contract_idx" ON "contract_objectives" USING btree ("department_id","contract_id","position");--> statement-breakpoint
CREATE INDEX "contract_reviews_contract_idx" ON "contract_reviews" USING btree ("department_id","contract_id","decided_at");--> statement-breakpoint
CREATE INDEX "contracts_beneficiary_idx" ON "contracts" USING btree ("department_id","beneficiary_id","version_number");--> statement-breakpoint
CREATE INDEX "contracts_status_idx" ON "contracts" USING btree ("department_id","status","ends_on");--> statement-breakpoint
CREATE INDEX "contracts_provider_idx" ON "contracts" USING btree ("department_id","provider_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_in_force_uq" ON "contracts" USING btree ("department_id","beneficiary_id") WHERE status = 'in_force';--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_preparing_uq" ON "contracts" USING btree ("department_id","beneficiary_id") WHERE status in ('draft', 'signed', 'submitted', 'returned');--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_contract_kind_ck" CHECK ("beneficiaries"."current_contract_kind" in ('cer', 'ce'));--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_alerts_ck" CHECK ("beneficiaries"."alerts" <@ array['orientation_overdue', 'first_contact_overdue', 'contract_overdue', 'no_recent_contact', 'contract_ending', 'objective_overdue', 'evaluation_missing', 'ce_conversion_due']::text[]);