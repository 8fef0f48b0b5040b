ALTER TABLE "beneficiaries" ADD COLUMN "exit_reason_code" text;--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD COLUMN "exit_positive" boolean;