CREATE TABLE "name_feedback" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "name_feedback_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"query_key" text NOT NULL,
	"prisoner_id" integer NOT NULL,
	"via" text NOT NULL,
	CONSTRAINT "name_feedback_pair" UNIQUE("query_key","prisoner_id","via"),
	CONSTRAINT "name_feedback_via" CHECK ("name_feedback"."via" in ('did_you_mean', 'pending_attached'))
);
--> statement-breakpoint
ALTER TABLE "name_feedback" ADD CONSTRAINT "name_feedback_prisoner_id_prisoners_id_fk" FOREIGN KEY ("prisoner_id") REFERENCES "public"."prisoners"("id") ON DELETE cascade ON UPDATE no action;