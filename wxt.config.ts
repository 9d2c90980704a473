import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Separate output folders let several builds (e.g. parallel e2e runs) coexist.
  outDir: process.env.SUFLER_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  // Explicit imports only (STYLE.md): auto-imports made `#imports` re-export every module under
  // utils/ and components/, which dragged the OpenAI SDK and React into the service worker.
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    permissions: ['storage', 'sidePanel', 'alarms', 'notifications', 'scripting'],
    // Loopback is granted up front: the demo CRM and local models (Ollama, LM Studio, vLLM) run
    // there, and the demo's content script already implies access to it. Every other CRM or LLM
    // origin is asked for at run time.
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    // Chrome enterprise policy for packs: URLs, trusted signing keys, defaults (see utils/packs/packPolicy).
    storage: { managed_schema: 'managed_schema.json' },
  },
});
