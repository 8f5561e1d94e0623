// Starts `zhidu lsp` for policy files and the data files of a workspace with a zhidu.toml.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("zhidu").get("path") || "zhidu";
  const server = { command, args: ["lsp"] };
  client = new LanguageClient(
    "zhidu",
    "zhidu",
    { run: server, debug: server },
    {
      documentSelector: [
        { scheme: "file", language: "zhidu" },
        { scheme: "file", language: "yaml" },
        { scheme: "file", language: "json" },
        { scheme: "file", language: "toml" },
        { scheme: "file", pattern: "**/*.csv" },
      ],
    }
  );
  client.start();
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
