CREATE TABLE "aid_catalogue" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"aid_type" text NOT NULL,
	"per_request_cents" bigint,
	"per_person_year_cents" bigint,
	"lifetime_cents" bigint,
	"required_documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contract_required" boolean DEFAULT true NOT NULL,
	"payee" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "aid_catalogue_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "aid_catalogue_type_ck" CHECK ("aid_catalogue"."aid_type" in ('driving_licence', 'vehicle', 'vehicle_rental', 'transport', 'training_fees', 'childcare', 'work_equipment', 'other')),
	CONSTRAINT "aid_catalogue_payee_ck" CHECK ("aid_catalogue"."payee" in ('person', 'supplier')),
	CONSTRAINT "aid_catalogue_ceilings_ck" CHECK (coalesce("aid_catalogue"."per_request_cents", 0) >= 0 and coalesce("aid_catalogue"."per_person_year_cents", 0) >= 0 and coalesce("aid_catalogue"."lifetime_cents", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "aid_documents" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "aid_documents_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "aid_documents_kind_ck" CHECK ("aid_documents"."kind" in ('estimate', 'invoice', 'job_offer', 'training_registration')),
	CONSTRAINT "aid_documents_size_ck" CHECK ("aid_documents"."size" > 0)
);
--> statement-breakpoint
CREATE TABLE "aid_envelopes" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"scope" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"consumed_cents" bigint DEFAULT 0 NOT NULL,
	"paid_cents" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "aid_envelopes_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "aid_envelopes_scope_ck" CHECK ("aid_envelopes"."scope" in ('driving_licence', 'vehicle', 'vehicle_rental', 'transport', 'training_fees', 'childcare', 'work_equipment', 'other', 'total')),
	CONSTRAINT "aid_envelopes_consumed_ck" CHECK ("aid_envelopes"."consumed_cents" >= 0 and "aid_envelopes"."consumed_cents" <= "aid_envelopes"."amount_cents"),
	CONSTRAINT "aid_envelopes_paid_ck" CHECK ("aid_envelopes"."paid_cents" >= 0 and "aid_envelopes"."paid_cents" <= "aid_envelopes"."consumed_cents")
);
--> statement-breakpoint
CREATE TABLE "aid_request_events" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"event" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"amount_cents" bigint,
	"reason" text,
	"actor_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "aid_request_events_department_id_id_pk" PRIMARY KEY("department_id","id")
);
--> statement-breakpoint
CREATE TABLE "aid_requests" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"referent_id" uuid,
	"territory_id" uuid,
	"aid_type" text NOT NULL,
	"year" integer NOT NULL,
	"contract_id" uuid,
	"objective_id" uuid,
	"requested_cents" bigint NOT NULL,
	"purpose" text NOT NULL,
	"justification" text NOT NULL,
	"payee" text NOT NULL,
	"supplier_name" text,
	"consent_on" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"granted_cents" bigint,
	"decision_reason" text,
	"budget_year" integer,
	"paid_cents" bigint,
	"paid_on" date,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "aid_requests_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "aid_requests_type_ck" CHECK ("aid_requests"."aid_type" in ('driving_licence', 'vehicle', 'vehicle_rental', 'transport', 'training_fees', 'childcare', 'work_equipment', 'other')),
	CONSTRAINT "aid_requests_status_ck" CHECK ("aid_requests"."status" in ('draft', 'submitted', 'under_review', 'returned', 'granted', 'refused', 'paid', 'justified', 'cancelled')),
	CONSTRAINT "aid_requests_payee_ck" CHECK ("aid_requests"."payee" in ('person', 'supplier')),
	CONSTRAINT "aid_requests_amount_ck" CHECK ("aid_requests"."requested_cents" > 0),
	CONSTRAINT "aid_requests_granted_ck" CHECK ("aid_requests"."granted_cents" is null or ("aid_requests"."granted_cents" > 0 and "aid_requests"."granted_cents" <= "aid_requests"."requested_cents")),
	CONSTRAINT "aid_requests_paid_ck" CHECK ("aid_requests"."paid_cents" is null or ("aid_requests"."paid_cents" > 0 and "aid_requests"."paid_cents" <= "aid_requests"."granted_cents")),
	CONSTRAINT "aid_requests_granted_status_ck" CHECK ("aid_requests"."status" not in ('granted', 'paid', 'justified') or ("aid_requests"."granted_cents" is not null and "aid_requests"."budget_year" is not null)),
	CONSTRAINT "aid_requests_paid_status_ck" CHECK ("aid_requests"."status" not in ('paid', 'justified') or ("aid_requests"."paid_cents" is not null and "aid_requests"."paid_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "aid_documents" ADD CONSTRAINT "aid_documents_department_id_request_id_aid_requests_department_id_id_fk" FOREIGN KEY ("department_id","request_id") REFERENCES "public"."aid_requests"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_documents" ADD CONSTRAINT "aid_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_request_events" ADD CONSTRAINT "aid_request_events_department_id_request_id_aid_requests_department_id_id_fk" FOREIGN KEY ("department_id","request_id") REFERENCES "public"."aid_requests"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_request_events" ADD CONSTRAINT "aid_request_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_requests" ADD CONSTRAINT "aid_requests_department_id_beneficiary_id_beneficiaries_department_id_id_fk" FOREIGN KEY ("department_id","beneficiary_id") REFERENCES "public"."beneficiaries"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_requests" ADD CONSTRAINT "aid_requests_department_id_provider_id_providers_department_id_id_fk" FOREIGN KEY ("department_id","provider_id") REFERENCES "public"."providers"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_requests" ADD CONSTRAINT "aid_requests_department_id_territory_id_territories_department_id_id_fk" FOREIGN KEY ("department_id","territory_id") REFERENCES "public"."territories"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_requests" ADD CONSTRAINT "aid_requests_department_id_contract_id_contracts_department_id_id_fk" FOREIGN KEY ("department_id","contract_id") REFERENCES "public"."contracts"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_requests" ADD CONSTRAINT "aid_requests_department_id_objective_id_contract_objectives_department_id_id_fk" FOREIGN KEY ("department_id","objective_id") REFERENCES "public"."contract_objectives"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_requests" ADD CONSTRAINT "aid_requests_referent_id_users_id_fk" FOREIGN KEY ("referent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_requests" ADD CONSTRAINT "aid_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "aid_catalogue_type_uq" ON "aid_catalogue" USING btree ("department_id","year","aid_type");--> statement-breakpoint
CREATE INDEX "aid_documents_request_idx" ON "aid_documents" USING btree ("department_id","request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "aid_envelopes_scope_uq" ON "aid_envelopes" USING btree ("department_id","year","scope");--> statement-breakpoint
CREATE INDEX "aid_request_events_request_idx" ON "aid_request_events" USING btree ("department_id","request_id","at");--> statement-breakpoint
CREATE INDEX "aid_requests_beneficiary_idx" ON "aid_requests" USING btree ("department_id","beneficiary_id","aid_type");--> statement-breakpoint
CREATE INDEX "aid_requests_status_idx" ON "aid_requests" USING btree ("department_id","status","created_at");--> statement-breakpoint
CREATE INDEX "aid_requests_provider_idx" ON "aid_requests" USING btree ("department_id","provider_id","status");--> statement-breakpoint
CREATE INDEX "aid_requests_referent_idx" ON "aid_requests" USING btree ("department_id","referent_id","status");