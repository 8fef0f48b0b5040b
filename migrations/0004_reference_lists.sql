CREATE TABLE "reference_items" (
	"department_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"list" text NOT NULL,
	"theme" text NOT NULL,
	"label" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reference_items_department_id_id_pk" PRIMARY KEY("department_id","id"),
	CONSTRAINT "reference_items_list_ck" CHECK ("reference_items"."list" in ('themes', 'situations', 'objectives', 'actions')),
	CONSTRAINT "reference_items_label_ck" CHECK (length("reference_items"."label") between 1 and 300)
);
--> statement-breakpoint
ALTER TABLE "reference_items" ADD CONSTRAINT "reference_items_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reference_items_label_uq" ON "reference_items" USING btree ("department_id","list","theme","label");--> statement-breakpoint
CREATE INDEX "reference_items_list_idx" ON "reference_items" USING btree ("department_id","list","active","position");