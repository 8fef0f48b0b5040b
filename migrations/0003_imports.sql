CREATE TABLE "imports" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"status" text NOT NULL,
	"mapping" jsonb,
	"counts" jsonb NOT NULL,
	"report" jsonb NOT NULL,
	"content" "bytea",
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"applied_at" timestamp with time zone,
	CONSTRAINT "imports_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "imports_kind_ck" CHECK ("imports"."kind" in ('csv', 'xlsx', 'caf_flux')),
	CONSTRAINT "imports_status_ck" CHECK ("imports"."status" in ('dry_run', 'applied', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imports_created_idx" ON "imports" USING btree ("department_id","created_at");