ALTER TABLE "workshop_sessions" ADD COLUMN "facilitator_user_id" uuid;--> statement-breakpoint
ALTER TABLE "workshop_sessions" ADD CONSTRAINT "workshop_sessions_facilitator_user_id_users_id_fk" FOREIGN KEY ("facilitator_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- custom SQL (keep when regenerating)
-- Sessions created before the column: their creator ran them, as new sessions assume by default.
UPDATE "workshop_sessions" SET "facilitator_user_id" = "created_by" WHERE "facilitator_user_id" IS NULL;
