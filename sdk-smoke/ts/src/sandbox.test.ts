// Five tasks against the stateful sandbox (python -m tools.sandbox) over HTTP, through the TypeScript client.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { client, type Client } from "./client.js";
import { verify } from "./webhooks.js";

let sandbox: ChildProcess;
let api: Client;

before(async () => {
  const python = process.env["SANDBOX_PYTHON"] ?? "python3";
  sandbox = spawn(python, ["-m", "tools.sandbox", "--port", "0"], { cwd: process.env["REPO_ROOT"] ?? "../..", stdio: ["ignore", "pipe", "inherit"] });
  const banner = await new Promise<string>((resolve, reject) => {
    let text = "";
    sandbox.stdout?.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
      if (text.includes("SIMPLYMEET_API_KEY=") && text.endsWith("\n")) resolve(text);
    });
    sandbox.on("exit", (code) => reject(new Error(`sandbox exited ${code}`)));
  });
  const url = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
  const key = /SIMPLYMEET_API_KEY=(\S+)/.exec(banner)?.[1];
  assert.ok(url && key, banner);
  api = client(url, key);
});

after(() => {
  sandbox.kill("SIGINT");
});

test("list every event across pages", async () => {
  const ids = new Set<number>();
  for (let page = 1, pages = 1; page <= pages; page++) {
    const { data, error } = await api.GET("/panel/api/event/", { params: { query: { page, onPage: 100 } } });
    assert.ok(data && !error);
    pages = data.meta.pagesCount;
    for (const event of data.items) ids.add(event.id);
  }
  assert.equal(ids.size, 260);
});

test("read one event", async () => {
  const { data } = await api.GET("/panel/api/event/{id}", { params: { path: { id: 48213 } } });
  assert.equal(data?.id, 48213);
  assert.equal(data?.invitee?.email, "john.carter@example.com");
});

test("cancel one with a reason and read it back canceled", async () => {
  const cancelled = await api.PUT("/panel/api/event/cancel/{id}", { params: { path: { id: 48215 } }, body: { reason: "Moved to April" } });
  assert.ok(cancelled.response.ok);
  const { data } = await api.GET("/panel/api/event/{id}", { params: { path: { id: 48215 } } });
  assert.equal(data?.state, "canceled");
  assert.equal(data?.cancellation?.reason, "Moved to April");
});

test("a typed 404", async () => {
  const { data, error, response } = await api.GET("/panel/api/event/{id}", { params: { path: { id: 1 } } });
  assert.equal(response.status, 404);
  assert.equal(data, undefined);
  assert.equal(error?.message, "Event not found"); // typed as the spec's ErrorDTO
});

test("receive and verify a delivery", async () => {
  const secret = "whsec_ts_smoke";
  const received: { body: string; signature: string | null }[] = [];
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const signature = request.headers["webhook-signature"];
      received.push({ body: Buffer.concat(chunks).toString("utf8"), signature: typeof signature === "string" ? signature : null });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  try {
    const port = (receiver.address() as AddressInfo).port;
    const hook = await api.POST("/api/webhooks", { body: { events: ["meetingScheduled"], url: `http://127.0.0.1:${port}/hooks`, secret } });
    assert.equal(hook.response.status, 201);
    const booked = await api.POST("/panel/api/event", {
      body: { scheduledAt: "2024-03-20 09:00:00", eventType: 812, invitee: { fullName: "Ada Lovelace", email: "ada@example.com" } },
    });
    assert.ok(booked.data);
    assert.equal(received.length, 1);
    const delivery = received[0];
    assert.ok(delivery);
    assert.deepStrictEqual(verify(delivery.body, delivery.signature, secret), { verdict: "valid", event: "meetingScheduled" });
    assert.deepStrictEqual(verify(delivery.body, delivery.signature, "whsec_other"), { verdict: "invalid_signature" });
  } finally {
    receiver.close();
  }
});
