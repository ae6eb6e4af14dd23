// Side panel entry: mounts the Problems view with VS Code's codicons and the shared theme.
import { mount } from 'svelte';
import '@vscode/codicons/dist/codicon.css';
import '../../components/theme.css';
import ProblemsPanel from '../../components/ProblemsPanel.svelte';

mount(ProblemsPanel, { target: document.getElementById('app')! });
