// Entry of the 集計 sidebar.
import { mount } from '../shared/mount';
import { SummaryApp } from './app';

mount(SummaryApp);
