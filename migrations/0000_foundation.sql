CREATE TABLE "audit_chain_heads" (
	"department_id" uuid PRIMARY KEY NOT NULL,
	"last_seq" bigint NOT NULL,
	"last_hash" text NOT NULL,
	"sealed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"department_id" uuid NOT NULL,
	"id" bigserial NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_role" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"ip" text,
	"details" jsonb,
	"seal_seq" bigint,
	"hash" text,
	CONSTRAINT "audit_log_department_id_id_pk" PRIMARY KEY("department_id","id")
);
--> statement-breakpoint
CREATE TABLE "login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idle_expires_at" timestamp with time zone NOT NULL,
	"absolute_expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"department_id" uuid,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"dedupe_key" text,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "jobs_status_ck" CHECK ("jobs"."status" in ('queued', 'done', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "communes" (
	"department_id" uuid NOT NULL,
	"insee_code" text NOT NULL,
	"name" text NOT NULL,
	"postal_codes" text[] NOT NULL,
	"population" integer,
	"territory_id" uuid,
	CONSTRAINT "communes_department_id_insee_code_pk" PRIMARY KEY("department_id","insee_code")
);
--> statement-breakpoint
CREATE TABLE "department_settings" (
	"department_id" uuid PRIMARY KEY NOT NULL,
	"values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "departments_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "lot_settings" (
	"department_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lot_settings_department_id_lot_id_pk" PRIMARY KEY("department_id","lot_id")
);
--> statement-breakpoint
CREATE TABLE "lots" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tender_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"label" text NOT NULL,
	"territory_id" uuid NOT NULL,
	"provider_id" uuid,
	"capacity" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"price_per_beneficiary_month" numeric(12, 2),
	"fixed_price" numeric(14, 2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lots_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "lots_capacity_ck" CHECK ("lots"."capacity" >= 0),
	CONSTRAINT "lots_dates_ck" CHECK ("lots"."ends_on" >= "lots"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "providers" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"siret" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "providers_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "providers_siret_ck" CHECK ("providers"."siret" ~ '^[0-9]{14}$')
);
--> statement-breakpoint
CREATE TABLE "provider_sites" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"commune_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_sites_department_id_id_pk" PRIMARY KEY("department_id","id")
);
--> statement-breakpoint
CREATE TABLE "tenders" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenders_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "tenders_dates_ck" CHECK ("tenders"."ends_on" >= "tenders"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "territories" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "territories_department_id_id_pk" PRIMARY KEY("department_id","id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"department_id" uuid NOT NULL,
	"provider_id" uuid,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"locale" text DEFAULT 'fr' NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_ck" CHECK ("users"."role" in ('dept_admin', 'dept_officer', 'pip_manager', 'referent', 'auditor')),
	CONSTRAINT "users_locale_ck" CHECK ("users"."locale" in ('fr', 'en')),
	CONSTRAINT "users_email_lower_ck" CHECK ("users"."email" = lower("users"."email")),
	CONSTRAINT "users_provider_role_ck" CHECK (("users"."role" in ('pip_manager', 'referent')) = ("users"."provider_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_department_id_territory_id_territories_department_id_id_fk" FOREIGN KEY ("department_id","territory_id") REFERENCES "public"."territories"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_settings" ADD CONSTRAINT "department_settings_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot_settings" ADD CONSTRAINT "lot_settings_department_id_lot_id_lots_department_id_id_fk" FOREIGN KEY ("department_id","lot_id") REFERENCES "public"."lots"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lots" ADD CONSTRAINT "lots_department_id_tender_id_tenders_department_id_id_fk" FOREIGN KEY ("department_id","tender_id") REFERENCES "public"."tenders"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lots" ADD CONSTRAINT "lots_department_id_territory_id_territories_department_id_id_fk" FOREIGN KEY ("department_id","territory_id") REFERENCES "public"."territories"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lots" ADD CONSTRAINT "lots_department_id_provider_id_providers_department_id_id_fk" FOREIGN KEY ("department_id","provider_id") REFERENCES "public"."providers"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_sites" ADD CONSTRAINT "provider_sites_department_id_provider_id_providers_department_id_id_fk" FOREIGN KEY ("department_id","provider_id") REFERENCES "public"."providers"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_sites" ADD CONSTRAINT "provider_sites_department_id_commune_code_communes_department_id_insee_code_fk" FOREIGN KEY ("department_id","commune_code") REFERENCES "public"."communes"("department_id","insee_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenders" ADD CONSTRAINT "tenders_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territories" ADD CONSTRAINT "territories_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_department_id_provider_id_providers_department_id_id_fk" FOREIGN KEY ("department_id","provider_id") REFERENCES "public"."providers"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_seal_uq" ON "audit_log" USING btree ("department_id","seal_seq");--> statement-breakpoint
CREATE INDEX "audit_log_time_idx" ON "audit_log" USING btree ("department_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("department_id","entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_unsealed_idx" ON "audit_log" USING btree ("department_id","id") WHERE seal_seq is null;--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("department_id","user_id");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE status = 'queued';--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_dedupe_uq" ON "jobs" USING btree ("dedupe_key") WHERE status = 'queued';--> statement-breakpoint
CREATE INDEX "communes_territory_idx" ON "communes" USING btree ("department_id","territory_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lots_number_uq" ON "lots" USING btree ("department_id","tender_id","number");--> statement-breakpoint
CREATE INDEX "lots_provider_idx" ON "lots" USING btree ("department_id","provider_id");--> statement-breakpoint
CREATE UNIQUE INDEX "providers_name_uq" ON "providers" USING btree ("department_id","name");--> statement-breakpoint
CREATE INDEX "provider_sites_provider_idx" ON "provider_sites" USING btree ("department_id","provider_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tenders_reference_uq" ON "tenders" USING btree ("department_id","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "territories_name_uq" ON "territories" USING btree ("department_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_uq" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_department_idx" ON "users" USING btree ("department_id","provider_id","role");