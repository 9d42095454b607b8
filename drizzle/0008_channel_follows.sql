CREATE TABLE "channel_follows" (
	"channel_id" integer NOT NULL,
	"prisoner_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channel_follows_channel_id_prisoner_id_pk" PRIMARY KEY("channel_id","prisoner_id")
);
--> statement-breakpoint
CREATE TABLE "channel_list_resets" (
	"channel_id" integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "channel_follows" ADD CONSTRAINT "channel_follows_channel_id_subscribers_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_follows" ADD CONSTRAINT "channel_follows_prisoner_id_prisoners_id_fk" FOREIGN KEY ("prisoner_id") REFERENCES "public"."prisoners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_list_resets" ADD CONSTRAINT "channel_list_resets_channel_id_subscribers_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "channel_follows_prisoner_idx" ON "channel_follows" USING btree ("prisoner_id");--> statement-breakpoint
-- hand-written:
-- Until now a channel with scope "followed" published the follows of the admin who linked it. From
-- here a channel has its own list (channel_follows), which starts empty: copying the admin's follows
-- would publish, for good, whom that admin follows (often their own family). The channels concerned
-- are noted here, and each admin is told once at start-up how to fill the list (/channel_follow).
INSERT INTO "channel_list_resets" ("channel_id")
SELECT "id" FROM "subscribers" WHERE "chat_type" = 'channel' AND "digest_scope" = 'followed'
ON CONFLICT DO NOTHING;
