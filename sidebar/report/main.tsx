// The 報告書 sidebar's entry: mounts the report form into the page built by scripts/build.ts.
import { render } from 'preact';
import { ReportForm } from './report-form';

const root = document.getElementById('app');
if (root) render(<ReportForm />, root);
