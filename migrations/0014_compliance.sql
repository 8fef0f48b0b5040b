CREATE TABLE "breach_report_absences" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"happened_on" date NOT NULL,
	CONSTRAINT "breach_report_absences_department_id_id_pk" PRIMARY KEY("department_id","id")
);
--> statement-breakpoint
CREATE TABLE "breach_report_evidence" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "breach_report_evidence_department_id_id_pk" PRIMARY KEY("department_id","id")
);
--> statement-breakpoint
CREATE TABLE "breach_reports" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"referent_id" uuid NOT NULL,
	"territory_id" uuid,
	"kind" text NOT NULL,
	"facts" text NOT NULL,
	"facts_from" date NOT NULL,
	"facts_to" date NOT NULL,
	"status" text NOT NULL,
	"review_status" text,
	"reported_by" uuid NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"return_comment" text,
	"sent_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "breach_reports_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "breach_reports_kind_ck" CHECK ("breach_reports"."kind" in ('contract_refusal', 'obligations_not_met', 'unexcused_absences', 'other')),
	CONSTRAINT "breach_reports_status_ck" CHECK ("breach_reports"."status" in ('awaiting_approval', 'returned', 'withdrawn', 'sent')),
	CONSTRAINT "breach_reports_review_ck" CHECK ("breach_reports"."review_status" in ('received', 'under_review', 'closed', 'notified', 'observations_recorded', 'no_action', 'suspended', 'suspension_ended', 'referred_to_ep', 'suppressed')),
	CONSTRAINT "breach_reports_sent_ck" CHECK (("breach_reports"."status" = 'sent') = ("breach_reports"."review_status" is not null and "breach_reports"."sent_at" is not null)),
	CONSTRAINT "breach_reports_period_ck" CHECK ("breach_reports"."facts_to" >= "breach_reports"."facts_from")
);
--> statement-breakpoint
CREATE TABLE "breach_steps" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"event" text NOT NULL,
	"review_status" text,
	"on" date NOT NULL,
	"note" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "breach_steps_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "breach_steps_review_ck" CHECK ("breach_steps"."review_status" in ('received', 'under_review', 'closed', 'notified', 'observations_recorded', 'no_action', 'suspended', 'suspension_ended', 'referred_to_ep', 'suppressed'))
);
--> statement-breakpoint
CREATE TABLE "exit_results" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"ended_on" date NOT NULL,
	"situation" text,
	"situation_on" date,
	"employment_contract" text,
	"employment_months" integer,
	"final_evaluation" text,
	"evaluated_on" date,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exit_results_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "exit_results_situation_ck" CHECK ("exit_results"."situation" in ('job_searching', 'education_training', 'qualification', 'employment')),
	CONSTRAINT "exit_results_employment_ck" CHECK ("exit_results"."situation" = 'employment' or ("exit_results"."employment_contract" is null and "exit_results"."employment_months" is null))
);
--> statement-breakpoint
CREATE TABLE "team_cases" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"summary" text NOT NULL,
	"opinion" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_cases_department_id_id_pk" PRIMARY KEY("department_id","id")
);
--> statement-breakpoint
CREATE TABLE "team_sessions" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"members" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_sessions_department_id_id_pk" PRIMARY KEY("department_id","id")
);
--> statement-breakpoint
ALTER TABLE "breach_report_absences" ADD CONSTRAINT "breach_report_absences_department_id_report_id_breach_reports_department_id_id_fk" FOREIGN KEY ("department_id","report_id") REFERENCES "public"."breach_reports"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_report_absences" ADD CONSTRAINT "breach_report_absences_department_id_contact_id_contacts_department_id_id_fk" FOREIGN KEY ("department_id","contact_id") REFERENCES "public"."contacts"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_report_evidence" ADD CONSTRAINT "breach_report_evidence_department_id_report_id_breach_reports_department_id_id_fk" FOREIGN KEY ("department_id","report_id") REFERENCES "public"."breach_reports"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_report_evidence" ADD CONSTRAINT "breach_report_evidence_department_id_file_id_stored_files_department_id_id_fk" FOREIGN KEY ("department_id","file_id") REFERENCES "public"."stored_files"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_report_evidence" ADD CONSTRAINT "breach_report_evidence_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_reports" ADD CONSTRAINT "breach_reports_department_id_beneficiary_id_beneficiaries_department_id_id_fk" FOREIGN KEY ("department_id","beneficiary_id") REFERENCES "public"."beneficiaries"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_reports" ADD CONSTRAINT "breach_reports_department_id_provider_id_providers_department_id_id_fk" FOREIGN KEY ("department_id","provider_id") REFERENCES "public"."providers"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_reports" ADD CONSTRAINT "breach_reports_department_id_territory_id_territories_department_id_id_fk" FOREIGN KEY ("department_id","territory_id") REFERENCES "public"."territories"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_reports" ADD CONSTRAINT "breach_reports_referent_id_users_id_fk" FOREIGN KEY ("referent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_reports" ADD CONSTRAINT "breach_reports_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_reports" ADD CONSTRAINT "breach_reports_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_steps" ADD CONSTRAINT "breach_steps_department_id_report_id_breach_reports_department_id_id_fk" FOREIGN KEY ("department_id","report_id") REFERENCES "public"."breach_reports"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_steps" ADD CONSTRAINT "breach_steps_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exit_results" ADD CONSTRAINT "exit_results_department_id_beneficiary_id_beneficiaries_department_id_id_fk" FOREIGN KEY ("department_id","beneficiary_id") REFERENCES "public"."beneficiaries"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exit_results" ADD CONSTRAINT "exit_results_department_id_provider_id_providers_department_id_id_fk" FOREIGN KEY ("department_id","provider_id") REFERENCES "public"."providers"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exit_results" ADD CONSTRAINT "exit_results_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_cases" ADD CONSTRAINT "team_cases_department_id_session_id_team_sessions_department_id_id_fk" FOREIGN KEY ("department_id","session_id") REFERENCES "public"."team_sessions"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_cases" ADD CONSTRAINT "team_cases_department_id_report_id_breach_reports_department_id_id_fk" FOREIGN KEY ("department_id","report_id") REFERENCES "public"."breach_reports"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_sessions" ADD CONSTRAINT "team_sessions_department_id_territory_id_territories_department_id_id_fk" FOREIGN KEY ("department_id","territory_id") REFERENCES "public"."territories"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_sessions" ADD CONSTRAINT "team_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "breach_report_absences_uq" ON "breach_report_absences" USING btree ("department_id","report_id","contact_id");--> statement-breakpoint
CREATE INDEX "breach_report_evidence_idx" ON "breach_report_evidence" USING btree ("department_id","report_id");--> statement-breakpoint
CREATE INDEX "breach_reports_beneficiary_idx" ON "breach_reports" USING btree ("department_id","beneficiary_id","reported_at");--> statement-breakpoint
CREATE INDEX "breach_reports_provider_idx" ON "breach_reports" USING btree ("department_id","provider_id","status");--> statement-breakpoint
CREATE INDEX "breach_reports_review_idx" ON "breach_reports" USING btree ("department_id","review_status","sent_at");--> statement-breakpoint
CREATE INDEX "breach_steps_report_idx" ON "breach_steps" USING btree ("department_id","report_id","recorded_at");--> statement-breakpoint
CREATE INDEX "breach_steps_event_idx" ON "breach_steps" USING btree ("department_id","event","on");--> statement-breakpoint
CREATE UNIQUE INDEX "exit_results_uq" ON "exit_results" USING btree ("department_id","beneficiary_id","ended_on");--> statement-breakpoint
CREATE UNIQUE INDEX "team_cases_uq" ON "team_cases" USING btree ("department_id","session_id","report_id");--> statement-breakpoint
CREATE INDEX "team_cases_report_idx" ON "team_cases" USING btree ("department_id","report_id");--> statement-breakpoint
CREATE INDEX "team_sessions_territory_idx" ON "team_sessions" USING btree ("department_id","territory_id","held_on");