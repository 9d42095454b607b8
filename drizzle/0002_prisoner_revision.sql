CREATE SEQUENCE "public"."prisoners_revision_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
ALTER TABLE "prisoners" ADD COLUMN "revision" bigint DEFAULT nextval('prisoners_revision_seq') NOT NULL;--> statement-breakpoint
CREATE INDEX "prisoners_revision_idx" ON "prisoners" USING btree ("revision");--> statement-breakpoint
-- Any update takes a new revision, whoever writes it, so in-memory name indexes can tell what changed.
CREATE FUNCTION prisoners_next_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.revision := nextval('prisoners_revision_seq');
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER prisoners_revision_on_update BEFORE UPDATE ON prisoners FOR EACH ROW EXECUTE FUNCTION prisoners_next_revision();
