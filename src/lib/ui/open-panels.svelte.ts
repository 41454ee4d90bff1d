// Which of the panels and dialogs the header opens are open: the header's actions
// set them (App.svelte), Panels.svelte shows them.
export class OpenPanels {
  scenes = $state(false);
  export = $state(false);
  share = $state(false);
  roles = $state(false);
  glossary = $state(false);

  get anyDialog(): boolean {
    return this.export || this.share || this.roles || this.glossary;
  }
}
