CREATE TABLE "chart_images" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "chart_images_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"language" text NOT NULL,
	"chart_date" date NOT NULL,
	"png" "bytea" NOT NULL,
	"caption" text NOT NULL,
	"telegram_file_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "subscribers" ADD COLUMN "digest_birthdays" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "subscribers" ADD COLUMN "digest_chart" text DEFAULT 'off' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "chart_image_id" bigint;--> statement-breakpoint
CREATE UNIQUE INDEX "chart_images_language_date_uq" ON "chart_images" USING btree ("language","chart_date");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_chart_image_id_chart_images_id_fk" FOREIGN KEY ("chart_image_id") REFERENCES "public"."chart_images"("id") ON DELETE no action ON UPDATE no action;