ALTER TABLE "release_batch_lines" ADD COLUMN "name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "release_batch_lines" ADD COLUMN "other_name" text;--> statement-breakpoint
ALTER TABLE "release_batches" ADD COLUMN "step" text;--> statement-breakpoint
ALTER TABLE "release_batches" ADD COLUMN "approval_required" boolean DEFAULT false NOT NULL;