CREATE TABLE "delivery_drainers" (
	"worker" text PRIMARY KEY NOT NULL,
	"heartbeat_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "outbox_chat_unsettled_idx" ON "outbox" USING btree ("chat_id","id") WHERE "outbox"."status" in ('pending', 'sending');--> statement-breakpoint
CREATE INDEX "outbox_attempts_at_idx" ON "outbox_attempts" USING btree ("at");