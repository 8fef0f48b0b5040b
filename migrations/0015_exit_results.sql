ALTER TABLE "beneficiaries" DROP CONSTRAINT "beneficiaries_alerts_ck";--> statement-breakpoint
ALTER TABLE "exit_results" DROP CONSTRAINT "exit_results_employment_ck";--> statement-breakpoint
ALTER TABLE "exit_results" ALTER COLUMN "situation" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "exit_results" ALTER COLUMN "situation_on" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD COLUMN "exit_situation_on" date;--> statement-breakpoint
ALTER TABLE "exit_results" ADD COLUMN "evaluated_by" uuid;--> statement-breakpoint
ALTER TABLE "exit_results" ADD COLUMN "evaluated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "exit_results" ADD CONSTRAINT "exit_results_evaluated_by_users_id_fk" FOREIGN KEY ("evaluated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_alerts_ck" CHECK ("beneficiaries"."alerts" <@ array['orientation_overdue', 'first_contact_overdue', 'contract_overdue', 'no_recent_contact', 'contract_ending', 'objective_overdue', 'evaluation_missing', 'ce_conversion_due', 'exit_situation_missing']::text[]);--> statement-breakpoint
ALTER TABLE "exit_results" ADD CONSTRAINT "exit_results_contract_ck" CHECK ("exit_results"."employment_contract" in ('cdi', 'cdd', 'interim', 'subsidised', 'civil_service', 'self_employed'));--> statement-breakpoint
ALTER TABLE "exit_results" ADD CONSTRAINT "exit_results_months_ck" CHECK ("exit_results"."employment_months" is null or "exit_results"."employment_months" between 1 and 120);--> statement-breakpoint
ALTER TABLE "exit_results" ADD CONSTRAINT "exit_results_evaluation_ck" CHECK (("exit_results"."final_evaluation" is null) = ("exit_results"."evaluated_on" is null) and ("exit_results"."evaluated_on" is null) = ("exit_results"."evaluated_by" is null));--> statement-breakpoint
ALTER TABLE "exit_results" ADD CONSTRAINT "exit_results_employment_ck" CHECK (("exit_results"."situation" = 'employment') = ("exit_results"."employment_contract" is not null) and ("exit_results"."situation" = 'employment' or "exit_results"."employment_months" is null));