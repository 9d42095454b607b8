ALTER TABLE "digest_runs" ADD COLUMN "edition" text DEFAULT 'daily' NOT NULL;--> statement-breakpoint
ALTER TABLE "digest_runs" DROP CONSTRAINT "digest_runs_subscriber_id_local_date_pk";--> statement-breakpoint
ALTER TABLE "digest_runs" ADD CONSTRAINT "digest_runs_subscriber_id_edition_local_date_pk" PRIMARY KEY("subscriber_id","edition","local_date");--> statement-breakpoint
ALTER TABLE "subscribers" ADD COLUMN "digest_frequency" text DEFAULT 'daily' NOT NULL;--> statement-breakpoint
ALTER TABLE "subscribers" ADD COLUMN "digest_weekday" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "subscribers" ADD CONSTRAINT "subscribers_digest_frequency_check" CHECK ("subscribers"."digest_frequency" in ('daily','weekly'));--> statement-breakpoint
ALTER TABLE "subscribers" ADD CONSTRAINT "subscribers_digest_weekday_check" CHECK ("subscribers"."digest_weekday" between 1 and 7);--> statement-breakpoint
ALTER TABLE "digest_runs" ADD CONSTRAINT "digest_runs_edition_check" CHECK ("digest_runs"."edition" in ('daily','weekly'));
