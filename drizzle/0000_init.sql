CREATE TABLE "prisoners" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "prisoners_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"external_id" text,
	"name_be" text,
	"name_ru" text,
	"name_en" text,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"gender" text,
	"birth_date" date,
	"birth_year" smallint,
	"region" text,
	"status" text NOT NULL,
	"status_since" date,
	"expelled_to" text,
	"recognized_at" date,
	"detained_at" date,
	"verdict_at" date,
	"facility_name" text,
	"facility_address" text,
	"articles" text[] DEFAULT '{}'::text[] NOT NULL,
	"sentence_years" smallint,
	"sentence_months" smallint,
	"penalty" text,
	"source_id" integer,
	"source_url" text,
	"missing_from_source_since" timestamp with time zone,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prisoners_externalId_unique" UNIQUE("external_id"),
	CONSTRAINT "prisoners_status_check" CHECK ("prisoners"."status" in ('detained','house_arrest','imprisoned','restricted_freedom','compulsory_treatment','released','pardoned','expelled','returned_to_custody','whereabouts_unknown','died_in_custody')),
	CONSTRAINT "prisoners_gender_check" CHECK ("prisoners"."gender" is null or "prisoners"."gender" in ('m','f')),
	CONSTRAINT "prisoners_has_name" CHECK (coalesce("prisoners"."name_be", "prisoners"."name_ru", "prisoners"."name_en") is not null)
);
--> statement-breakpoint
CREATE TABLE "status_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "status_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"prisoner_id" integer NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_on" date,
	"observed_at" timestamp with time zone NOT NULL,
	"fetched_at" timestamp with time zone,
	"source_id" integer,
	"source_url" text,
	"sync_run_id" bigint,
	"release_batch_id" integer,
	"changed_by" text NOT NULL,
	"announced" boolean DEFAULT true NOT NULL,
	"reverted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follows" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "follows_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"subscriber_id" integer NOT NULL,
	"prisoner_id" integer,
	"pending_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attached_at" timestamp with time zone,
	CONSTRAINT "follows_subscriber_prisoner_uq" UNIQUE("subscriber_id","prisoner_id"),
	CONSTRAINT "follows_target_check" CHECK (("follows"."prisoner_id" is null) <> ("follows"."pending_name" is null))
);
--> statement-breakpoint
CREATE TABLE "subscribers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "subscribers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"chat_id" bigint NOT NULL,
	"chat_type" text DEFAULT 'private' NOT NULL,
	"language" text NOT NULL,
	"timezone" text NOT NULL,
	"discreet" boolean DEFAULT false NOT NULL,
	"quiet_from" smallint,
	"quiet_to" smallint,
	"digest_enabled" boolean DEFAULT false NOT NULL,
	"digest_hour" smallint DEFAULT 20 NOT NULL,
	"digest_scope" text DEFAULT 'all' NOT NULL,
	"digest_send_empty" boolean DEFAULT false NOT NULL,
	"announcements" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"linked_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscribers_chatId_unique" UNIQUE("chat_id"),
	CONSTRAINT "subscribers_language_check" CHECK ("subscribers"."language" in ('be','ru','en')),
	CONSTRAINT "subscribers_digest_hour_check" CHECK ("subscribers"."digest_hour" between 0 and 23),
	CONSTRAINT "subscribers_quiet_check" CHECK (("subscribers"."quiet_from" is null) = ("subscribers"."quiet_to" is null))
);
--> statement-breakpoint
CREATE TABLE "dead_letters" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dead_letters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"outbox_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"error_code" integer,
	"reason" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"subscriber_id" integer,
	"chat_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"priority" smallint NOT NULL,
	"dedup_key" text NOT NULL,
	"text" text NOT NULL,
	"reply_markup" jsonb,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"parts_sent" smallint DEFAULT 0 NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"leased_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"settled_at" timestamp with time zone,
	"last_error" text,
	"status_history_id" bigint,
	"release_batch_id" integer,
	"allow_paid_broadcast" boolean DEFAULT false NOT NULL,
	CONSTRAINT "outbox_dedupKey_unique" UNIQUE("dedup_key")
);
--> statement-breakpoint
CREATE TABLE "outbox_attempts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"outbox_id" bigint NOT NULL,
	"attempt" smallint NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" text NOT NULL,
	"error_code" integer,
	"retry_after_seconds" integer,
	"detail" text,
	"worker" text
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"job" text NOT NULL,
	"slot" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"claimed_by" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"detail" jsonb,
	CONSTRAINT "job_runs_job_slot_pk" PRIMARY KEY("job","slot")
);
--> statement-breakpoint
CREATE TABLE "quarantined_rows" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "quarantined_rows_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"sync_run_id" bigint NOT NULL,
	"row_ref" text NOT NULL,
	"reason" text NOT NULL,
	"raw" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"url" text NOT NULL,
	"format" text NOT NULL,
	"schedule" text DEFAULT '*/15 * * * *' NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"etag" text,
	"last_modified" text,
	"last_body_hash" text,
	"shape_fingerprint" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"failing_alerted_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sources_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "sync_runs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sync_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"source_id" integer NOT NULL,
	"slot" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"fetched_at" timestamp with time zone,
	"row_count" integer,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" text,
	"plan" jsonb,
	"decided_by" bigint
);
--> statement-breakpoint
CREATE TABLE "release_batch_lines" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "release_batch_lines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"batch_id" integer NOT NULL,
	"line_no" smallint NOT NULL,
	"raw_text" text NOT NULL,
	"decision" text NOT NULL,
	"prisoner_id" integer,
	"candidates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"kind_override" text,
	"country_override" text,
	"birth_year" smallint,
	CONSTRAINT "release_batch_lines_uq" UNIQUE("batch_id","line_no")
);
--> statement-breakpoint
CREATE TABLE "release_batches" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "release_batches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"release_date" date NOT NULL,
	"kind" text NOT NULL,
	"country" text,
	"source_url" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" bigint NOT NULL,
	"approved_by" bigint,
	"announce" jsonb DEFAULT '{"subscribers":false,"channels":false}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "admin_audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "admin_audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"admin_id" bigint NOT NULL,
	"action" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "admins" (
	"user_id" bigint PRIMARY KEY NOT NULL,
	"added_by" bigint NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "prisoners" ADD CONSTRAINT "prisoners_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_history" ADD CONSTRAINT "status_history_prisoner_id_prisoners_id_fk" FOREIGN KEY ("prisoner_id") REFERENCES "public"."prisoners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_history" ADD CONSTRAINT "status_history_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_prisoner_id_prisoners_id_fk" FOREIGN KEY ("prisoner_id") REFERENCES "public"."prisoners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_attempts" ADD CONSTRAINT "outbox_attempts_outbox_id_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarantined_rows" ADD CONSTRAINT "quarantined_rows_sync_run_id_sync_runs_id_fk" FOREIGN KEY ("sync_run_id") REFERENCES "public"."sync_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_runs" ADD CONSTRAINT "sync_runs_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_batch_lines" ADD CONSTRAINT "release_batch_lines_batch_id_release_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."release_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_batch_lines" ADD CONSTRAINT "release_batch_lines_prisoner_id_prisoners_id_fk" FOREIGN KEY ("prisoner_id") REFERENCES "public"."prisoners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "prisoners_status_idx" ON "prisoners" USING btree ("status");--> statement-breakpoint
CREATE INDEX "prisoners_updated_at_idx" ON "prisoners" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "status_history_prisoner_idx" ON "status_history" USING btree ("prisoner_id","created_at");--> statement-breakpoint
CREATE INDEX "status_history_created_idx" ON "status_history" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "status_history_batch_idx" ON "status_history" USING btree ("release_batch_id");--> statement-breakpoint
CREATE INDEX "follows_prisoner_idx" ON "follows" USING btree ("prisoner_id");--> statement-breakpoint
CREATE INDEX "follows_pending_idx" ON "follows" USING btree ("subscriber_id") WHERE "follows"."prisoner_id" is null;--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("priority","available_at","id") WHERE "outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "outbox_chat_idx" ON "outbox" USING btree ("chat_id","id");--> statement-breakpoint
CREATE INDEX "outbox_lease_idx" ON "outbox" USING btree ("lease_until") WHERE "outbox"."status" = 'sending';--> statement-breakpoint
CREATE INDEX "outbox_batch_idx" ON "outbox" USING btree ("release_batch_id");--> statement-breakpoint
CREATE INDEX "outbox_attempts_outbox_idx" ON "outbox_attempts" USING btree ("outbox_id");--> statement-breakpoint
CREATE INDEX "quarantined_rows_run_idx" ON "quarantined_rows" USING btree ("sync_run_id");--> statement-breakpoint
CREATE INDEX "sync_runs_source_idx" ON "sync_runs" USING btree ("source_id","started_at");--> statement-breakpoint
CREATE INDEX "release_batch_lines_prisoner_idx" ON "release_batch_lines" USING btree ("prisoner_id");--> statement-breakpoint
CREATE INDEX "admin_audit_log_at_idx" ON "admin_audit_log" USING btree ("at");