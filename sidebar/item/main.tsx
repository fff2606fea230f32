// Entry of the 取組の登録・編集 sidebar.
import { mount } from '../shared/mount';
import { ItemApp } from './app';

mount(ItemApp);
