// Webhook deliveries, verified with node's crypto as the kit's README describes.
import { createHmac, timingSafeEqual } from "node:crypto";

export type Verdict = { verdict: "valid"; event: string } | { verdict: "invalid_signature" } | { verdict: "missing_secret" };

function set(value: unknown): boolean {
  return value !== undefined && value !== null;
}

export function verify(body: string, signature: string | null, secret: string): Verdict {
  if (secret.trim() === "") return { verdict: "missing_secret" };
  const expected = createHmac("sha256", secret).update(Buffer.from(body, "utf8")).digest();
  const given = Buffer.from((signature ?? "").trim(), "base64");
  if (signature === null || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { verdict: "invalid_signature" };
  }
  const data = (JSON.parse(body) as { data: Record<string, unknown> }).data;
  if (set(data["canceled_at"]) || set(data["cancellation"])) return { verdict: "valid", event: "meetingCancelled" };
  if (set(data["rescheduling"])) return { verdict: "valid", event: "meetingRescheduled" };
  return { verdict: "valid", event: "meetingScheduled" };
}
