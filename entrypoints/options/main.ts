// Options page entry: mounts the settings UI with VS Code's codicons and the shared theme.
import { mount } from 'svelte';
import '@vscode/codicons/dist/codicon.css';
import '../../components/theme.css';
import OptionsApp from '../../components/OptionsApp.svelte';

mount(OptionsApp, { target: document.getElementById('app')! });
