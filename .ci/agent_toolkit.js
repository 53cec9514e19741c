#!/usr/bin/env node
// Usage: POSTHOG_HOST=http://127.0.0.1:PORT POSTHOG_API_KEY=phx_... node agent_toolkit.js <projectId>
// PostHog's agent toolkit (@posthog/agent-toolkit, pinned in .ci/agent-toolkit)
// against orgbase with only a host and a key: projects-get, switch-project
// {projectId}, organization-details-get, one JSON line per tool on stdout;
// exits non-zero if any fails. Called by .ci/agent-toolkit.
'use strict';
const path = require('path');

const host = (process.env.POSTHOG_HOST || '').replace(/\/+$/, '');
const apiKey = process.env.POSTHOG_API_KEY || '';
const target = Number(process.argv[2]);
if (!host || !apiKey || !Number.isInteger(target) || target <= 0) {
  console.error('usage: POSTHOG_HOST=... POSTHOG_API_KEY=... node agent_toolkit.js <projectId>');
  process.exit(2);
}
const allowedOrigin = new URL(host).origin;

// Network guard: the toolkit only uses global fetch (no http/https/net requires in dist).
// Refuse anything not addressed to POSTHOG_HOST (e.g. api.inkeep.com for docs-search).
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url);
  if (url.origin !== allowedOrigin) {
    return Promise.reject(new Error(`blocked non-POSTHOG_HOST request to ${url.href}`));
  }
  if (process.env.RUN_TOOLS_TRACE) console.error(`fetch ${(init && init.method) || 'GET'} ${url.href}`);
  return realFetch(input, init);
};

// The toolkit as .ci/agent-toolkit installed it, beside this script.
const { PostHogAgentToolkit, getToolsFromContext } = require(require.resolve('@posthog/agent-toolkit', { paths: [process.env.TOOLKIT_DIR || __dirname] }));

async function main() {
  // No inkeepApiKey => docs-search tool (the only non-PostHog URL) is not registered.
  const toolkit = new PostHogAgentToolkit({ posthogApiToken: apiKey, posthogApiBaseUrl: host });
  const context = toolkit.getContext();
  // GET /api/personal_api_keys/@current (result cached in the toolkit's in-memory cache).
  // getToolsFromContext uses it to filter tools by scope but swallows errors (returns []),
  // so fetch it first to surface the real error.
  try {
    await context.stateManager.getApiKey();
  } catch (e) {
    console.log(JSON.stringify({ tool: 'projects-get', ok: false, error: `api key lookup failed: ${e && e.message || e}` }));
    process.exit(1);
  }
  const tools = await getToolsFromContext(context);
  const byName = Object.fromEntries(tools.map((t) => [t.name, t]));

  const steps = [
    ['projects-get', {}],
    ['switch-project', { projectId: target }],
    ['organization-details-get', {}],
  ];
  let failed = false;
  for (const [name, args] of steps) {
    const tool = byName[name];
    if (!tool) {
      console.log(JSON.stringify({ tool: name, ok: false, error: `tool not available (key lookup failed or missing scopes; ${tools.length} tools loaded)` }));
      failed = true;
      break;
    }
    try {
      const parsedArgs = tool.schema.parse(args); // same validation an MCP/ai-sdk caller would apply
      const result = await tool.handler(context, parsedArgs);
      const text = result?.content?.[0]?.text;
      let data = text;
      try { data = JSON.parse(text); } catch { /* switch-* return plain text */ }
      const isError = !!result?.isError;
      console.log(JSON.stringify({ tool: name, ok: !isError, result: data }));
      if (isError) { failed = true; break; }
    } catch (e) {
      console.log(JSON.stringify({ tool: name, ok: false, error: String(e && e.message || e) }));
      failed = true;
      break;
    }
  }
  process.exit(failed ? 1 : 0);
}
main().catch((e) => { console.error(e); process.exit(1); });
