CREATE TABLE "workshop_registrations" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"status" text NOT NULL,
	"attendance" text,
	"contact_id" uuid,
	"registered_by" uuid NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshop_registrations_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "workshop_registrations_status_ck" CHECK ("workshop_registrations"."status" in ('registered', 'waiting')),
	CONSTRAINT "workshop_registrations_attendance_ck" CHECK ("workshop_registrations"."attendance" in ('present', 'absent', 'excused')),
	CONSTRAINT "workshop_registrations_attended_ck" CHECK ("workshop_registrations"."attendance" is null or "workshop_registrations"."status" = 'registered')
);
--> statement-breakpoint
CREATE TABLE "workshop_sessions" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"theme" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"capacity" integer NOT NULL,
	"facilitator" text NOT NULL,
	"sheet_scan_file_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshop_sessions_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "workshop_sessions_theme_ck" CHECK ("workshop_sessions"."theme" in ('cv', 'job_interview', 'digital_skills', 'mobility', 'discovering_trades', 'other')),
	CONSTRAINT "workshop_sessions_capacity_ck" CHECK ("workshop_sessions"."capacity" between 1 and 200),
	CONSTRAINT "workshop_sessions_times_ck" CHECK ("workshop_sessions"."ends_at" > "workshop_sessions"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "workshop_registrations" ADD CONSTRAINT "workshop_registrations_department_id_session_id_workshop_sessions_department_id_id_fk" FOREIGN KEY ("department_id","session_id") REFERENCES "public"."workshop_sessions"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_registrations" ADD CONSTRAINT "workshop_registrations_department_id_beneficiary_id_beneficiaries_department_id_id_fk" FOREIGN KEY ("department_id","beneficiary_id") REFERENCES "public"."beneficiaries"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_registrations" ADD CONSTRAINT "workshop_registrations_department_id_contact_id_contacts_department_id_id_fk" FOREIGN KEY ("department_id","contact_id") REFERENCES "public"."contacts"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_registrations" ADD CONSTRAINT "workshop_registrations_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_sessions" ADD CONSTRAINT "workshop_sessions_department_id_provider_id_providers_department_id_id_fk" FOREIGN KEY ("department_id","provider_id") REFERENCES "public"."providers"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_sessions" ADD CONSTRAINT "workshop_sessions_department_id_sheet_scan_file_id_stored_files_department_id_id_fk" FOREIGN KEY ("department_id","sheet_scan_file_id") REFERENCES "public"."stored_files"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_sessions" ADD CONSTRAINT "workshop_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_registrations_person_uq" ON "workshop_registrations" USING btree ("department_id","session_id","beneficiary_id");--> statement-breakpoint
CREATE INDEX "workshop_registrations_beneficiary_idx" ON "workshop_registrations" USING btree ("department_id","beneficiary_id");--> statement-breakpoint
CREATE INDEX "workshop_sessions_provider_idx" ON "workshop_sessions" USING btree ("department_id","provider_id","starts_at");