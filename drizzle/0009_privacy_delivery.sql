ALTER TABLE "subscribers" ADD COLUMN "wake_for_grave" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "subscribers" ADD COLUMN "protect_content" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "subscribers" ADD COLUMN "inactive_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dead_letters" DROP COLUMN "text";--> statement-breakpoint
-- hand-written:
-- A settled message keeps no words: sent, dead (refused) or dropped (chat gone, batch undone).
-- Whichever code settles a row, its text and buttons go in the same statement.
CREATE OR REPLACE FUNCTION outbox_forget_settled_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.text := '';
  NEW.reply_markup := NULL;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER outbox_forget_settled_text BEFORE UPDATE OF status ON outbox FOR EACH ROW
  WHEN (NEW.status IN ('sent', 'dead', 'dropped') AND (NEW.text <> '' OR NEW.reply_markup IS NOT NULL))
  EXECUTE FUNCTION outbox_forget_settled_text();--> statement-breakpoint
UPDATE outbox SET text = '', reply_markup = NULL WHERE status IN ('sent', 'dead', 'dropped') AND (text <> '' OR reply_markup IS NOT NULL);--> statement-breakpoint
-- Recipient counts of release batches are how many follow the people released: out of the audit log.
UPDATE admin_audit_log SET details = details - 'alerts' - 'announcements' - 'dropped' - 'corrections'
  WHERE action IN ('release_confirm', 'release_approve', 'release_undo');--> statement-breakpoint
-- Chats already gone start their 30 days now.
UPDATE subscribers SET inactive_since = now() WHERE active = false AND inactive_since IS NULL;
