// Starts `parapet lsp` for Terraform, YAML and JSON files.
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const command = vscode.workspace.getConfiguration("parapet").get<string>("path", "parapet");
  const serverOptions: ServerOptions = {
    run: { command, args: ["lsp"], transport: TransportKind.stdio },
    debug: { command, args: ["lsp"], transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "terraform" },
      { scheme: "file", pattern: "**/*.tf" },
      { scheme: "file", language: "yaml" },
      { scheme: "file", language: "json" },
    ],
    synchronize: {
      configurationSection: "parapet",
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{parapet.toml,*.tf,*.tfvars}"),
    },
  };
  client = new LanguageClient("parapet", "Parapet", serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand("parapet.restart", async () => {
      await client?.restart();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
