CREATE TABLE "outbox_bodies" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_bodies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "digest_runs" (
	"subscriber_id" integer NOT NULL,
	"local_date" date NOT NULL,
	"period_from" timestamp with time zone NOT NULL,
	"period_to" timestamp with time zone NOT NULL,
	"held_count" integer NOT NULL,
	"entries" integer NOT NULL,
	"outcome" text NOT NULL,
	"claimed_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digest_runs_subscriber_id_local_date_pk" PRIMARY KEY("subscriber_id","local_date")
);
--> statement-breakpoint
ALTER TABLE "subscribers" ADD COLUMN "digest_enabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "body_id" bigint;--> statement-breakpoint
ALTER TABLE "digest_runs" ADD CONSTRAINT "digest_runs_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_body_id_outbox_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."outbox_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_body_idx" ON "outbox" USING btree ("body_id") WHERE "outbox"."body_id" is not null;