// Dashboard entry: marks the start of script time for the benchmark and mounts the history dashboard.
performance.mark('dashboard:start');
import { mount } from 'svelte';
import '@vscode/codicons/dist/codicon.css';
import '../../components/theme.css';
import App from '../../components/dashboard/App.svelte';

mount(App, { target: document.getElementById('app')! });
