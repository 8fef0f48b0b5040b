ALTER TABLE "beneficiaries" ADD COLUMN "last_contact_by_modality" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD COLUMN "suspended_on" date;--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD COLUMN "resumed_on" date;--> statement-breakpoint
-- Contacts recorded before modalities were kept were first meetings or meetings: face to face.
UPDATE "beneficiaries" SET "last_contact_by_modality" = jsonb_build_object('face_to_face', "last_contact_on") WHERE "last_contact_on" IS NOT NULL;
