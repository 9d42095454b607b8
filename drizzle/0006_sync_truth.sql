CREATE TABLE "source_claims" (
	"source_id" integer NOT NULL,
	"prisoner_id" integer NOT NULL,
	"status" text,
	"status_since" date,
	"detained_at" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "source_claims_source_id_prisoner_id_pk" PRIMARY KEY("source_id","prisoner_id")
);
--> statement-breakpoint
CREATE TABLE "facilities" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"source_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "source_claims" ADD CONSTRAINT "source_claims_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_claims" ADD CONSTRAINT "source_claims_prisoner_id_prisoners_id_fk" FOREIGN KEY ("prisoner_id") REFERENCES "public"."prisoners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "source_claims_prisoner_idx" ON "source_claims" USING btree ("prisoner_id");--> statement-breakpoint
-- hand-written:
-- What each source last said about its people, so a source still showing an old state after this
-- upgrade is not taken for news: the stored status, or for people whose latest status change was a
-- release batch, the status (and date) that batch found, which is what the source still shows.
INSERT INTO "source_claims" ("source_id", "prisoner_id", "status", "status_since", "detained_at")
SELECT p."source_id", p."id",
       CASE WHEN last."release_batch_id" IS NOT NULL THEN last."from_status" ELSE p."status" END,
       CASE WHEN last."release_batch_id" IS NOT NULL THEN (last."details" -> 'previous' ->> 'statusSince')::date ELSE p."status_since" END,
       p."detained_at"
FROM "prisoners" p
LEFT JOIN LATERAL (
  SELECT h."from_status", h."details", h."release_batch_id"
  FROM "status_history" h
  WHERE h."prisoner_id" = p."id" AND h."reverted_at" IS NULL AND h."from_status" IS DISTINCT FROM h."to_status"
  ORDER BY h."id" DESC
  LIMIT 1
) last ON true
WHERE p."source_id" IS NOT NULL
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Each source reads its whole list once more at its next run (no body hash, no validators), which
-- fills the facility directory; records that already match change nothing and nobody is told. A source
-- whose last decided snapshot an admin rejected keeps its state, so that snapshot is not held again.
UPDATE "sources" s SET "last_body_hash" = NULL, "etag" = NULL, "last_modified" = NULL
WHERE NOT EXISTS (
  SELECT 1 FROM "sync_runs" r
  WHERE r."source_id" = s."id" AND r."status" = 'rejected'
    AND r."id" = (SELECT max(r2."id") FROM "sync_runs" r2 WHERE r2."source_id" = s."id" AND r2."status" IN ('applied', 'confirmed', 'rejected'))
);
