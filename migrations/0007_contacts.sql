CREATE TABLE "contacts" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"staff_user_id" uuid NOT NULL,
	"status" text NOT NULL,
	"subject" text NOT NULL,
	"scheduled_at" timestamp with time zone,
	"planned_minutes" integer,
	"place" text,
	"video_link" text,
	"happened_on" date,
	"modality" text,
	"duration_minutes" integer,
	"summary" text,
	"reason" text,
	"moved_from_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "contacts_status_ck" CHECK ("contacts"."status" in ('planned', 'held', 'excused_absence', 'unexcused_absence', 'cancelled', 'moved')),
	CONSTRAINT "contacts_place_ck" CHECK ("contacts"."place" in ('site', 'phone', 'video', 'home')),
	CONSTRAINT "contacts_modality_ck" CHECK ("contacts"."modality" in ('face_to_face', 'collective', 'phone', 'video', 'written')),
	CONSTRAINT "contacts_planned_ck" CHECK ("contacts"."status" not in ('planned', 'moved') or "contacts"."scheduled_at" is not null),
	CONSTRAINT "contacts_held_ck" CHECK ("contacts"."status" <> 'held' or ("contacts"."happened_on" is not null and "contacts"."modality" is not null)),
	CONSTRAINT "contacts_minutes_ck" CHECK (coalesce("contacts"."duration_minutes", 0) between 0 and 1440 and coalesce("contacts"."planned_minutes", 0) between 0 and 1440)
);
--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_department_id_beneficiary_id_beneficiaries_department_id_id_fk" FOREIGN KEY ("department_id","beneficiary_id") REFERENCES "public"."beneficiaries"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_department_id_provider_id_providers_department_id_id_fk" FOREIGN KEY ("department_id","provider_id") REFERENCES "public"."providers"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_department_id_moved_from_id_contacts_department_id_id_fk" FOREIGN KEY ("department_id","moved_from_id") REFERENCES "public"."contacts"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_staff_user_id_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contacts_beneficiary_idx" ON "contacts" USING btree ("department_id","beneficiary_id","happened_on");--> statement-breakpoint
CREATE INDEX "contacts_staff_agenda_idx" ON "contacts" USING btree ("department_id","staff_user_id","scheduled_at");