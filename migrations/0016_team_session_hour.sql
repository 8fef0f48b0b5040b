ALTER TABLE "team_sessions" ADD COLUMN "starts_at" time(0) DEFAULT '09:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "team_sessions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;