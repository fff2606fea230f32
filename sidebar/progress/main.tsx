// Entry of the 進捗の入力 sidebar.
import { mount } from '../shared/mount';
import { ProgressApp } from './app';

mount(ProgressApp);
