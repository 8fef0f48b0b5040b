CREATE TABLE "messages" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"send_at" timestamp with time zone NOT NULL,
	"claimed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"transport_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "messages_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "messages_channel_ck" CHECK ("messages"."channel" in ('email', 'sms')),
	CONSTRAINT "messages_status_ck" CHECK ("messages"."status" in ('queued', 'sending', 'sent', 'kept_in_outbox', 'failed', 'unknown', 'cancelled')),
	CONSTRAINT "messages_sent_ck" CHECK ("messages"."status" not in ('sent', 'kept_in_outbox') or "messages"."sent_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_department_id_contact_id_contacts_department_id_id_fk" FOREIGN KEY ("department_id","contact_id") REFERENCES "public"."contacts"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_department_id_beneficiary_id_beneficiaries_department_id_id_fk" FOREIGN KEY ("department_id","beneficiary_id") REFERENCES "public"."beneficiaries"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_department_id_provider_id_providers_department_id_id_fk" FOREIGN KEY ("department_id","provider_id") REFERENCES "public"."providers"("department_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "messages_reminder_uq" ON "messages" USING btree ("department_id","contact_id","channel");--> statement-breakpoint
CREATE INDEX "messages_provider_idx" ON "messages" USING btree ("department_id","provider_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_pending_idx" ON "messages" USING btree ("department_id","send_at") WHERE status in ('queued', 'sending');--> statement-breakpoint
CREATE INDEX "contacts_planned_idx" ON "contacts" USING btree ("department_id","scheduled_at") WHERE status = 'planned';